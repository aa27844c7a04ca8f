package dev.retain.engine.assign;

import dev.retain.engine.value.Manager;
import dev.retain.engine.value.ManagerRole;

/** Static builders for managers and customers to assign. */
final class AssignmentFixture {

    static final ManagerRole CM = ManagerRole.CUSTOMER_MANAGER;
    static final ManagerRole PM = ManagerRole.PHONE_MANAGER;

    private AssignmentFixture() {
    }

    static Manager customerManager(String id, String region, int capacity) {
        return new Manager(id, "CM " + id, CM, region, capacity, true);
    }

    static Manager phoneManager(String id, String region, int capacity) {
        return new Manager(id, "PM " + id, PM, region, capacity, true);
    }

    static Manager gone(Manager m) {
        return new Manager(m.id(), m.name(), m.role(), m.region(), m.capacity(), false);
    }

    static Customer customer(int subscriber) {
        return new Customer(subscriber, "hangzhou", PM, null, null, 30_000);
    }

    /** A customer to assign, built fluently: {@code customer(1).in("ningbo").needs(CM).worth(500)}. */
    record Customer(int subscriber, String region, ManagerRole role, String accountManager, String previous, long valueFen) {

        Customer in(String r) {
            return new Customer(subscriber, r, role, accountManager, previous, valueFen);
        }

        Customer needs(ManagerRole r) {
            return new Customer(subscriber, region, r, accountManager, previous, valueFen);
        }

        Customer groupAccountManager(String id) {
            return new Customer(subscriber, region, role, id, previous, valueFen);
        }

        Customer lastMonth(String id) {
            return new Customer(subscriber, region, role, accountManager, id, valueFen);
        }

        Customer worth(long yuan) {
            return new Customer(subscriber, region, role, accountManager, previous, yuan * 100);
        }

        AssignmentRequest request() {
            return new AssignmentRequest(subscriber, String.format("1380000%04d", subscriber), region, role, accountManager, previous, valueFen);
        }
    }
}
