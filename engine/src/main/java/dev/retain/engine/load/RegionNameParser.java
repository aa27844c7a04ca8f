package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.RegionName;

/** regions.csv → {@link RegionName}: the display names of regions and branches; an empty branch names the region. */
public final class RegionNameParser implements RowHandler {

    private final RowSink<RegionName> sink;
    private int region, branch, nameZh, nameEn;

    public RegionNameParser(RowSink<RegionName> sink) {
        this.sink = sink;
    }

    @Override
    public void bind(Header h) {
        region = h.position("region");
        branch = h.position("branch");
        nameZh = h.position("name_zh");
        nameEn = h.position("name_en");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        sink.accept(new RegionName(f.requiredText(region, "region"), f.optionalText(branch), f.requiredText(nameZh, "name_zh"),
                f.requiredText(nameEn, "name_en")), line);
        return true;
    }
}
