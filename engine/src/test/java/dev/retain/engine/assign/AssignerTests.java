package dev.retain.engine.assign;

import static dev.retain.engine.assign.AssignmentFixture.CM;
import static dev.retain.engine.assign.AssignmentFixture.PM;
import static dev.retain.engine.assign.AssignmentFixture.customer;
import static dev.retain.engine.assign.AssignmentFixture.customerManager;
import static dev.retain.engine.assign.AssignmentFixture.gone;
import static dev.retain.engine.assign.AssignmentFixture.phoneManager;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.assign.AssignmentFixture.Customer;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.ManagerRole;
import dev.retain.engine.value.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SPEC R3.1/R3.2: routing, stickiness, capacity, balance, overflow and managers short. */
class AssignerTests {

    private static final int DEFAULT_CM = 500;
    private static final int DEFAULT_PM = 6000;

    private static AssignmentResult assign(List<Manager> managers, Customer... customers) {
        return assign(managers, DEFAULT_CM, DEFAULT_PM, customers);
    }

    private static AssignmentResult assign(List<Manager> managers, int defaultCm, int defaultPm, Customer... customers) {
        List<AssignmentRequest> requests = new ArrayList<>();
        for (Customer c : customers) requests.add(c.request());
        return new Assigner(managers, defaultCm, defaultPm).assign(requests);
    }

    private static Assignment of(AssignmentResult result, int subscriber) {
        return result.assignments().stream().filter(a -> a.subscriber() == subscriber).findFirst().orElseThrow();
    }

    private static Map<String, Integer> loads(AssignmentResult result) {
        Map<String, Integer> loads = new HashMap<>();
        for (Assignment a : result.assignments()) if (a.managerId() != null) loads.merge(a.managerId(), 1, Integer::sum);
        return loads;
    }

    @Nested
    class Routing {

        @Test
        void diamondAndGoldGoToACustomerManager() {
            assertThat(RoutingRule.roleFor(Tier.DIAMOND, false)).isEqualTo(CM);
            assertThat(RoutingRule.roleFor(Tier.DIAMOND, true)).isEqualTo(CM);
            assertThat(RoutingRule.roleFor(Tier.GOLD, false)).isEqualTo(CM);
            assertThat(RoutingRule.roleFor(Tier.GOLD, true)).isEqualTo(CM);
        }

        @Test
        void silverInAGroupGoesToACustomerManagerWithoutToAPhoneManager() {
            assertThat(RoutingRule.roleFor(Tier.SILVER, true)).isEqualTo(CM);
            assertThat(RoutingRule.roleFor(Tier.SILVER, false)).isEqualTo(PM);
        }

        @Test
        void otherHighValueCustomersGoToAPhoneManager() {
            assertThat(RoutingRule.roleFor(Tier.NONE, false)).isEqualTo(PM);
            assertThat(RoutingRule.roleFor(Tier.NONE, true)).isEqualTo(PM);
        }

        @Test
        void aCustomerIsServedByAManagerOfTheRoleAskedForInTheirRegion() {
            List<Manager> managers = List.of(customerManager("cm_hz", "hangzhou", 10), phoneManager("pm_hz", "hangzhou", 10),
                    customerManager("cm_nb", "ningbo", 10), phoneManager("pm_nb", "ningbo", 10));
            AssignmentResult r = assign(managers, customer(1).needs(CM), customer(2).needs(PM), customer(3).in("ningbo").needs(CM),
                    customer(4).in("ningbo").needs(PM));
            assertThat(r.assignments()).extracting(Assignment::managerId).containsExactly("cm_hz", "pm_hz", "cm_nb", "pm_nb");
            assertThat(r.assignments()).extracting(Assignment::reason).containsOnly(AssignmentReason.REGION_BALANCED);
            assertThat(r.assignments()).extracting(Assignment::role).containsExactly(CM, PM, CM, PM);
        }

        @Test
        void theGroupsAccountManagerIsPreferred() {
            List<Manager> managers = List.of(customerManager("cm_idle", "hangzhou", 10), customerManager("am", "hangzhou", 10));
            AssignmentResult r = assign(managers,
                    customer(1).needs(CM).groupAccountManager("am").worth(100),
                    customer(2).needs(CM).groupAccountManager("am").worth(900),
                    customer(3).needs(CM).worth(500));
            assertThat(of(r, 1).managerId()).isEqualTo("am");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.GROUP_ACCOUNT_MANAGER);
            assertThat(of(r, 2).managerId()).isEqualTo("am");
            assertThat(of(r, 3).managerId()).as("least loaded for a customer without group").isEqualTo("cm_idle");
        }

        @Test
        void aFullAccountManagerLeavesTheGroupCustomerToTheRegion() {
            List<Manager> managers = List.of(customerManager("cm_other", "hangzhou", 10), customerManager("am", "hangzhou", 1));
            AssignmentResult r = assign(managers,
                    customer(1).needs(CM).groupAccountManager("am").worth(900),
                    customer(2).needs(CM).groupAccountManager("am").worth(100));
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.GROUP_ACCOUNT_MANAGER);
            assertThat(of(r, 2).managerId()).isEqualTo("cm_other");
            assertThat(of(r, 2).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
        }

        @Test
        void anAccountManagerWhoIsGoneOrAPhoneManagerIsNotUsed() {
            List<Manager> managers = List.of(customerManager("cm1", "hangzhou", 10), gone(customerManager("am_gone", "hangzhou", 10)),
                    phoneManager("pm_am", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).needs(CM).groupAccountManager("am_gone"),
                    customer(2).needs(CM).groupAccountManager("pm_am"));
            assertThat(r.assignments()).extracting(Assignment::managerId).containsOnly("cm1");
            assertThat(r.assignments()).extracting(Assignment::reason).containsOnly(AssignmentReason.REGION_BALANCED);
        }

        @Test
        void phoneCustomersDoNotGoToAGroupAccountManager() {
            List<Manager> managers = List.of(customerManager("am", "hangzhou", 10), phoneManager("pm1", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).needs(PM).groupAccountManager("am"));
            assertThat(of(r, 1).managerId()).isEqualTo("pm1");
        }
    }

    @Nested
    class Stickiness {

        @Test
        void lastMonthsManagerIsKept() {
            List<Manager> managers = List.of(phoneManager("pm_busy", "hangzhou", 10), phoneManager("pm_idle", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).lastMonth("pm_busy"), customer(2).lastMonth("pm_busy"), customer(3).lastMonth("pm_busy"));
            assertThat(r.assignments()).extracting(Assignment::managerId).containsOnly("pm_busy");
            assertThat(r.assignments()).extracting(Assignment::reason).containsOnly(AssignmentReason.KEPT);
        }

        @Test
        void keptBeatsTheGroupAccountManager() {
            List<Manager> managers = List.of(customerManager("cm_old", "hangzhou", 10), customerManager("am", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).needs(CM).groupAccountManager("am").lastMonth("cm_old"));
            assertThat(of(r, 1).managerId()).isEqualTo("cm_old");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.KEPT);
        }

        @Test
        void aGoneManagersCustomersAreReassigned() {
            List<Manager> managers = List.of(gone(phoneManager("pm_left", "hangzhou", 10)), phoneManager("pm_new", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).lastMonth("pm_left"), customer(2).lastMonth("pm_left"));
            assertThat(r.assignments()).extracting(Assignment::managerId).containsOnly("pm_new");
            assertThat(r.assignments()).extracting(Assignment::reason).containsOnly(AssignmentReason.REGION_BALANCED);
        }

        @Test
        void aManagerNoLongerInTheFileIsGoneToo() {
            AssignmentResult r = assign(List.of(phoneManager("pm1", "hangzhou", 10)), customer(1).lastMonth("pm_unknown"));
            assertThat(of(r, 1).managerId()).isEqualTo("pm1");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
        }

        @Test
        void aManagerOfTheWrongRoleIsNotKept() {
            // a silver customer who joined a group now needs a customer manager
            List<Manager> managers = List.of(phoneManager("pm1", "hangzhou", 10), customerManager("cm1", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).needs(CM).lastMonth("pm1"));
            assertThat(of(r, 1).managerId()).isEqualTo("cm1");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
        }

        @Test
        void aManagerOverCapacityKeepsTheMostValuableAndPassesOnTheRest() {
            List<Manager> managers = List.of(phoneManager("pm_full", "hangzhou", 2), phoneManager("pm_other", "hangzhou", 10));
            AssignmentResult r = assign(managers,
                    customer(1).lastMonth("pm_full").worth(100),
                    customer(2).lastMonth("pm_full").worth(300),
                    customer(3).lastMonth("pm_full").worth(200));
            assertThat(of(r, 2).reason()).isEqualTo(AssignmentReason.KEPT);
            assertThat(of(r, 3).reason()).isEqualTo(AssignmentReason.KEPT);
            assertThat(of(r, 1).managerId()).isEqualTo("pm_other");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
        }

        /**
         * SPEC R3.2 "keep an existing relationship unless the manager is over capacity or gone";
         * data-formats.md: "kept where the manager is still active, of the right role and under
         * capacity". A customer whose own region has no phone manager was served last month by
         * a phone manager elsewhere (other_region); that manager is active and has room, so the
         * relationship must be kept, not moved to whichever phone manager is least loaded.
         */
        @Test
        void anOtherRegionPhoneManagerIsKeptWhileTheHomeRegionHasNone() {
            List<Manager> managers = List.of(phoneManager("pm_far", "ningbo", 10), phoneManager("pm_idle", "shaoxing", 10));
            AssignmentResult r = assign(managers,
                    customer(1).in("ningbo").lastMonth("pm_far").worth(900),
                    customer(3).in("wenzhou").lastMonth("pm_far").worth(100));
            assertThat(of(r, 3).managerId()).isEqualTo("pm_far");
            assertThat(of(r, 3).reason()).isEqualTo(AssignmentReason.KEPT);
        }
    }

    @Nested
    class CapacityAndBalance {

        @Test
        void capacityIsNeverExceeded() {
            Random random = new Random(1);
            String[] regions = {"hangzhou", "ningbo", "wenzhou"};
            for (int round = 0; round < 200; round++) {
                List<Manager> managers = new ArrayList<>();
                int m = random.nextInt(6);
                for (int i = 0; i < m; i++) {
                    Manager manager = new Manager("m" + i, "M", random.nextBoolean() ? CM : PM, regions[random.nextInt(3)],
                            random.nextInt(4), random.nextInt(5) > 0);
                    managers.add(manager);
                }
                List<Customer> customers = new ArrayList<>();
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    Customer c = customer(i).in(regions[random.nextInt(3)]).needs(random.nextBoolean() ? CM : PM).worth(random.nextInt(1000));
                    if (random.nextInt(3) == 0) c = c.lastMonth("m" + random.nextInt(7));
                    if (random.nextInt(3) == 0) c = c.groupAccountManager("m" + random.nextInt(7));
                    customers.add(c);
                }
                AssignmentResult r = assign(managers, 2, 3, customers.toArray(Customer[]::new));
                Map<String, Integer> loads = loads(r);
                for (Manager manager : managers) {
                    int capacity = manager.capacity() > 0 ? manager.capacity() : manager.role() == CM ? 2 : 3;
                    assertThat(loads.getOrDefault(manager.id(), 0)).as("round " + round + " load of " + manager)
                            .isLessThanOrEqualTo(manager.active() ? capacity : 0);
                }
                assertThat(r.assignments()).extracting(Assignment::subscriber)
                        .containsExactlyElementsOf(customers.stream().map(Customer::subscriber).toList());
            }
        }

        @Test
        void loadIsBalancedAcrossManagersOfTheSameCapacity() {
            List<Manager> managers = List.of(phoneManager("a", "hangzhou", 10), phoneManager("b", "hangzhou", 10), phoneManager("c", "hangzhou", 10),
                    phoneManager("elsewhere", "ningbo", 10));
            Customer[] customers = IntStream.range(0, 20).mapToObj(i -> customer(i).worth(1000 - i)).toArray(Customer[]::new);
            Map<String, Integer> loads = loads(assign(managers, customers));
            assertThat(loads).containsOnlyKeys("a", "b", "c");
            assertThat(loads.values()).containsExactlyInAnyOrder(7, 7, 6);
        }

        @Test
        void loadIsBalancedByShareOfCapacity() {
            List<Manager> managers = List.of(customerManager("small", "hangzhou", 10), customerManager("large", "hangzhou", 20));
            Customer[] customers = IntStream.range(0, 15).mapToObj(i -> customer(i).needs(CM)).toArray(Customer[]::new);
            assertThat(loads(assign(managers, customers))).containsEntry("small", 5).containsEntry("large", 10);
        }

        @Test
        void anEmptyCapacityMeansTheRolesDefault() {
            List<Manager> managers = List.of(phoneManager("pm_default", "hangzhou", 0));
            Customer[] customers = IntStream.range(0, 5).mapToObj(AssignmentFixture::customer).toArray(Customer[]::new);
            AssignmentResult r = assign(managers, 2, 3, customers);
            assertThat(loads(r)).containsEntry("pm_default", 3);
            assertThat(r.assignments()).extracting(Assignment::reason).filteredOn(AssignmentReason.UNASSIGNED_NO_CAPACITY::equals).hasSize(2);
        }

        @Test
        void theMostValuableCustomersAreServedFirstWhenManagersAreShort() {
            List<Manager> managers = List.of(customerManager("cm1", "hangzhou", 2));
            AssignmentResult r = assign(managers, customer(1).needs(CM).worth(100), customer(2).needs(CM).worth(900),
                    customer(3).needs(CM).worth(500));
            assertThat(of(r, 2).managerId()).isEqualTo("cm1");
            assertThat(of(r, 3).managerId()).isEqualTo("cm1");
            assertThat(of(r, 1).managerId()).isNull();
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.UNASSIGNED_NO_CAPACITY);
        }

        @Test
        void resultsComeInRequestOrder() {
            List<Manager> managers = List.of(phoneManager("pm1", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(7).worth(1), customer(3).worth(900), customer(5).worth(50));
            assertThat(r.assignments()).extracting(Assignment::subscriber).containsExactly(7, 3, 5);
        }
    }

    @Nested
    class Overflow {

        @Test
        void phoneCustomersOverflowToAnotherRegion() {
            List<Manager> managers = List.of(phoneManager("pm_nb", "ningbo", 1), phoneManager("pm_hz", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).in("ningbo").worth(300), customer(2).in("ningbo").worth(200),
                    customer(3).in("ningbo").worth(100));
            assertThat(of(r, 1).managerId()).isEqualTo("pm_nb");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
            for (int i : new int[] {2, 3}) {
                assertThat(of(r, i).managerId()).isEqualTo("pm_hz");
                assertThat(of(r, i).reason()).isEqualTo(AssignmentReason.OTHER_REGION);
            }
        }

        @Test
        void phoneCustomersOfARegionWithoutPhoneManagersAreServedFromAnother() {
            List<Manager> managers = List.of(phoneManager("pm_hz", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).in("wenzhou"));
            assertThat(of(r, 1).managerId()).isEqualTo("pm_hz");
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.OTHER_REGION);
        }

        @Test
        void overflowGoesToTheLeastLoadedPhoneManagerElsewhere() {
            List<Manager> managers = List.of(phoneManager("pm_nb", "ningbo", 1), phoneManager("pm_busy", "hangzhou", 10),
                    phoneManager("pm_free", "shaoxing", 10));
            AssignmentResult r = assign(managers, customer(1).in("hangzhou").worth(900), customer(2).in("hangzhou").worth(800),
                    customer(3).in("ningbo").worth(500), customer(4).in("ningbo").worth(100));
            assertThat(of(r, 4).managerId()).isEqualTo("pm_free");
            assertThat(of(r, 4).reason()).isEqualTo(AssignmentReason.OTHER_REGION);
        }

        @Test
        void customerManagerCustomersAreLeftUnassignedWhenTheRegionIsFull() {
            List<Manager> managers = List.of(customerManager("cm_nb", "ningbo", 1), customerManager("cm_hz", "hangzhou", 10));
            AssignmentResult r = assign(managers, customer(1).in("ningbo").needs(CM).worth(500), customer(2).in("ningbo").needs(CM).worth(100));
            assertThat(of(r, 1).managerId()).isEqualTo("cm_nb");
            assertThat(of(r, 2).managerId()).isNull();
            assertThat(of(r, 2).reason()).isEqualTo(AssignmentReason.UNASSIGNED_NO_CAPACITY);
            assertThat(loads(r)).doesNotContainKey("cm_hz");
        }

        @Test
        void aRegionWithoutAManagerOfTheRoleIsReportedAsSuch() {
            List<Manager> managers = List.of(customerManager("cm_hz", "hangzhou", 10), gone(customerManager("cm_wz", "wenzhou", 10)));
            AssignmentResult r = assign(managers, customer(1).in("wenzhou").needs(CM), customer(2).in("ningbo").needs(CM));
            assertThat(r.assignments()).extracting(Assignment::reason).containsOnly(AssignmentReason.UNASSIGNED_NO_MANAGER);
            assertThat(r.assignments()).extracting(Assignment::managerId).containsOnlyNulls();
        }

        @Test
        void phoneCustomersWithNoPhoneManagerWithRoomAnywhere() {
            AssignmentResult none = assign(List.of(), customer(1));
            assertThat(of(none, 1).reason()).isEqualTo(AssignmentReason.UNASSIGNED_NO_MANAGER);
            AssignmentResult full = assign(List.of(phoneManager("pm1", "hangzhou", 1)), customer(1).worth(2), customer(2).worth(1));
            assertThat(of(full, 2).reason()).isEqualTo(AssignmentReason.UNASSIGNED_NO_CAPACITY);
        }

        /**
         * SPEC R3.2 "Same region first": a region's own phone managers serve its own customers
         * before another region's overflow. Here ningbo has no phone manager; its customer is
         * worth more and is placed first, and must not take the only hangzhou slot while a
         * hangzhou customer is then left without a manager.
         */
        @Test
        void overflowNeverTakesCapacityARegionNeedsForItsOwnCustomers() {
            List<Manager> managers = List.of(phoneManager("pm_hz", "hangzhou", 1));
            AssignmentResult r = assign(managers, customer(1).in("ningbo").worth(500), customer(2).in("hangzhou").worth(200));
            assertThat(of(r, 2).managerId()).as("the hangzhou customer keeps hangzhou's manager").isEqualTo("pm_hz");
            assertThat(of(r, 2).reason()).isEqualTo(AssignmentReason.REGION_BALANCED);
            assertThat(of(r, 1).reason()).isEqualTo(AssignmentReason.UNASSIGNED_NO_MANAGER);
        }
    }

    @Nested
    class ManagersShortReport {

        private ManagersShort shortage(AssignmentResult r, String region, ManagerRole role) {
            return r.shortages().stream().filter(s -> s.region().equals(region) && s.role() == role).findFirst().orElseThrow();
        }

        @Test
        void excessOverCapacityDividedByTheDefaultCapacityRoundedUp() {
            List<Manager> managers = List.of(customerManager("cm1", "hangzhou", 2), customerManager("cm2", "hangzhou", 2));
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < 7; i++) customers.add(customer(i).needs(CM));          // 7 against 4: 3 over, default 2 → 2 short
            for (int i = 10; i < 23; i++) customers.add(customer(i).in("ningbo"));     // 13 phone customers, no capacity, default 5 → 3
            for (int i = 30; i < 34; i++) customers.add(customer(i).in("wenzhou").needs(CM)); // 4 over, default 2 → exactly 2
            AssignmentResult r = assign(managers, 2, 5, customers.toArray(Customer[]::new));

            ManagersShort hzCm = shortage(r, "hangzhou", CM);
            assertThat(hzCm.customers()).isEqualTo(7);
            assertThat(hzCm.capacity()).isEqualTo(4);
            assertThat(hzCm.managersShort()).isEqualTo(2);
            ManagersShort nbPm = shortage(r, "ningbo", PM);
            assertThat(nbPm.customers()).isEqualTo(13);
            assertThat(nbPm.capacity()).isZero();
            assertThat(nbPm.managersShort()).isEqualTo(3);
            assertThat(shortage(r, "wenzhou", CM).managersShort()).isEqualTo(2);
        }

        @Test
        void noShortageWhenCapacitySuffices() {
            List<Manager> managers = List.of(phoneManager("pm1", "hangzhou", 0), gone(phoneManager("pm_gone", "hangzhou", 100)));
            AssignmentResult r = assign(managers, 2, 5, IntStream.range(0, 5).mapToObj(AssignmentFixture::customer).toArray(Customer[]::new));
            ManagersShort s = shortage(r, "hangzhou", PM);
            assertThat(s.customers()).isEqualTo(5);
            assertThat(s.capacity()).as("default capacity counts; a gone manager's does not").isEqualTo(5);
            assertThat(s.managersShort()).isZero();
            AssignmentResult one = assign(managers, 2, 5, IntStream.range(0, 6).mapToObj(AssignmentFixture::customer).toArray(Customer[]::new));
            assertThat(shortage(one, "hangzhou", PM).managersShort()).isEqualTo(1);
        }
    }
}
