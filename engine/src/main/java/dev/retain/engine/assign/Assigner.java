package dev.retain.engine.assign;

import dev.retain.engine.value.Manager;
import dev.retain.engine.value.ManagerRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Routes customers to managers (SPEC R3.2) without exceeding any capacity. Most valuable
 * customers first, in four passes: keep last month's manager where still active, of the
 * right role and with room; else the group's account manager; else the least-loaded manager
 * of the role in the customer's region. Only when every region has placed its own customers
 * does a phone-manager customer go to the least-loaded phone manager elsewhere (they serve by
 * phone); customer managers visit, so theirs stay unassigned and the shortage is reported.
 * Equal values go by MSISDN: the single machine and the Spark job place everyone alike.
 */
public final class Assigner {

    private final Map<String, ManagerSlot> byId = new HashMap<>();
    private final Map<ManagerRole, Integer> defaultCapacity;

    public Assigner(List<Manager> managers, int customerManagerCapacity, int phoneManagerCapacity) {
        this.defaultCapacity = Map.of(ManagerRole.CUSTOMER_MANAGER, customerManagerCapacity, ManagerRole.PHONE_MANAGER, phoneManagerCapacity);
        for (Manager m : managers) {
            if (m.active()) byId.put(m.id(), new ManagerSlot(m, m.capacity() > 0 ? m.capacity() : defaultCapacity.get(m.role())));
        }
    }

    public AssignmentResult assign(List<AssignmentRequest> requests) {
        List<AssignmentRequest> order = new ArrayList<>(requests);
        order.sort(Comparator.comparingLong(AssignmentRequest::monthlyValueFen).reversed()
                .thenComparing(AssignmentRequest::msisdn));
        Map<Integer, Assignment> done = new HashMap<>(requests.size() * 2);

        // 1. keep last month's manager: still active, same role, room left (R3.2)
        for (AssignmentRequest r : order) {
            ManagerSlot previous = r.previousManagerId() == null ? null : byId.get(r.previousManagerId());
            if (previous != null && previous.manager.role() == r.role() && previous.hasRoom()) {
                done.put(r.subscriber(), take(r, previous, AssignmentReason.KEPT));
            }
        }
        // 2. the enterprise group's account manager
        for (AssignmentRequest r : order) {
            if (done.containsKey(r.subscriber()) || r.role() != ManagerRole.CUSTOMER_MANAGER || r.groupAccountManagerId() == null) continue;
            ManagerSlot accountManager = byId.get(r.groupAccountManagerId());
            if (accountManager != null && accountManager.manager.role() == ManagerRole.CUSTOMER_MANAGER && accountManager.hasRoom()) {
                done.put(r.subscriber(), take(r, accountManager, AssignmentReason.GROUP_ACCOUNT_MANAGER));
            }
        }
        // 3. the least-loaded manager of the role in the customer's region
        Map<String, PriorityQueue<ManagerSlot>> queues = regionQueues();
        for (AssignmentRequest r : order) {
            if (done.containsKey(r.subscriber())) continue;
            PriorityQueue<ManagerSlot> queue = queues.get(key(r.region(), r.role()));
            if (queue == null || queue.isEmpty()) continue;
            ManagerSlot slot = queue.poll();
            done.put(r.subscriber(), take(r, slot, AssignmentReason.REGION_BALANCED));
            if (slot.hasRoom()) queue.add(slot);
        }
        // 4. only now, when every region has placed its own: phone customers to room elsewhere
        for (AssignmentRequest r : order) {
            if (done.containsKey(r.subscriber())) continue;
            ManagerSlot elsewhere = r.role() == ManagerRole.PHONE_MANAGER ? leastLoadedAnywhere(ManagerRole.PHONE_MANAGER) : null;
            if (elsewhere != null) {
                done.put(r.subscriber(), take(r, elsewhere, AssignmentReason.OTHER_REGION));
            } else {
                boolean anyInRegion = byId.values().stream().anyMatch(s -> s.manager.role() == r.role() && s.manager.region().equals(r.region()));
                done.put(r.subscriber(), new Assignment(r.subscriber(), null, r.role(),
                        anyInRegion ? AssignmentReason.UNASSIGNED_NO_CAPACITY : AssignmentReason.UNASSIGNED_NO_MANAGER));
            }
        }
        List<Assignment> inRequestOrder = new ArrayList<>(requests.size());
        for (AssignmentRequest r : requests) inRequestOrder.add(done.get(r.subscriber()));
        return new AssignmentResult(inRequestOrder, shortages(requests));
    }

    private ManagerSlot leastLoadedAnywhere(ManagerRole role) {
        ManagerSlot best = null;
        for (ManagerSlot s : byId.values()) {
            if (s.manager.role() != role || !s.hasRoom()) continue;
            if (best == null || s.fill() < best.fill() || (s.fill() == best.fill() && s.manager.id().compareTo(best.manager.id()) < 0)) best = s;
        }
        return best;
    }

    private Map<String, PriorityQueue<ManagerSlot>> regionQueues() {
        Map<String, PriorityQueue<ManagerSlot>> queues = new HashMap<>();
        Comparator<ManagerSlot> leastLoaded = Comparator.comparingDouble(ManagerSlot::fill).thenComparing(s -> s.manager.id());
        for (ManagerSlot s : byId.values()) {
            if (!s.hasRoom()) continue;
            queues.computeIfAbsent(key(s.manager.region(), s.manager.role()), k -> new PriorityQueue<>(leastLoaded)).add(s);
        }
        return queues;
    }

    private static Assignment take(AssignmentRequest r, ManagerSlot slot, AssignmentReason reason) {
        slot.load++;
        return new Assignment(r.subscriber(), slot.manager.id(), r.role(), reason);
    }

    private List<ManagersShort> shortages(List<AssignmentRequest> requests) {
        Map<String, long[]> demand = new TreeMap<>();
        for (AssignmentRequest r : requests) demand.computeIfAbsent(key(r.region(), r.role()), k -> new long[2])[0]++;
        for (ManagerSlot s : byId.values()) demand.computeIfAbsent(key(s.manager.region(), s.manager.role()), k -> new long[2])[1] += s.capacity;
        List<ManagersShort> result = new ArrayList<>();
        demand.forEach((key, v) -> {
            String[] parts = key.split("\u0000");
            ManagerRole role = ManagerRole.valueOf(parts[1]);
            long missing = Math.max(0, v[0] - v[1]);
            long perManager = defaultCapacity.get(role);
            result.add(new ManagersShort(parts[0], role, v[0], v[1], (missing + perManager - 1) / perManager));
        });
        return result;
    }

    private static String key(String region, ManagerRole role) {
        return region + "\u0000" + role.name();
    }
}
