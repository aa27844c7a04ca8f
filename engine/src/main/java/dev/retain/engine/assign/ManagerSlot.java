package dev.retain.engine.assign;

import dev.retain.engine.value.Manager;

/** A manager's capacity and running load during one assignment run. */
final class ManagerSlot {

    final Manager manager;
    final int capacity;
    int load;

    ManagerSlot(Manager manager, int capacity) {
        this.manager = manager;
        this.capacity = capacity;
    }

    boolean hasRoom() {
        return load < capacity;
    }

    double fill() {
        return (double) load / capacity;
    }
}
