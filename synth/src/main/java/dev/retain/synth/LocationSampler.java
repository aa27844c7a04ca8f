package dev.retain.synth;

import java.util.SplittableRandom;

/**
 * Where a subscriber lives (issue 13, for complaint visits): a Chinese street address in their
 * district and coordinates uniform within the district's radius around its seat. Drawn from a
 * stream of its own ({@link Rngs#LOCATION}), so adding it changed no other column.
 */
final class LocationSampler {

    record Location(String address, long latMicro, long lonMicro) {
    }

    private static final double KM_PER_DEGREE = 111.32;
    private static final String[] STREETS = {"人民路", "中山路", "解放路", "建设路", "新华路", "文化路", "环城东路", "环城西路",
            "城南路", "城北路", "复兴路", "府前路", "学院路", "和平路", "江滨路", "东风路", "兴业路", "世纪大道", "工业路", "迎宾大道"};

    private final long seed;

    LocationSampler(long seed) {
        this.seed = seed;
    }

    Location sample(Profile p) {
        SplittableRandom rng = Rngs.forSubscriber(seed, p.index(), Rngs.LOCATION);
        // the 1 % the export leaves without a branch live in the region's central district
        Region.District district = districtOf(p);
        DistrictCentres.Centre c = DistrictCentres.of(Region.branchCode(p.region().code(), district));
        // uniform over the disc: the radius goes with the square root
        double r = c.radiusKm() * StrictMath.sqrt(rng.nextDouble());
        double angle = 2 * StrictMath.PI * rng.nextDouble();
        double lat = c.lat() + r * StrictMath.sin(angle) / KM_PER_DEGREE;
        double lon = c.lon() + r * StrictMath.cos(angle) / (KM_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(c.lat())));
        String address = "浙江省" + p.region().cityName() + district.nameZh() + STREETS[rng.nextInt(STREETS.length)]
                + (1 + rng.nextInt(399)) + "号" + (1 + rng.nextInt(30)) + "幢" + (1 + rng.nextInt(4)) + "单元"
                + (1 + rng.nextInt(28)) + "0" + (1 + rng.nextInt(4)) + "室";
        return new Location(address, StrictMath.round(lat * 1e6), StrictMath.round(lon * 1e6));
    }

    private static Region.District districtOf(Profile p) {
        if (p.branch() == null) return p.region().districts().get(0);
        for (Region.District d : p.region().districts()) {
            if (Region.branchCode(p.region().code(), d).equals(p.branch())) return d;
        }
        throw new IllegalStateException("branch " + p.branch() + " is not in " + p.region().code());
    }
}
