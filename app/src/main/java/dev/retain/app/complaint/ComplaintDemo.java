package dev.retain.app.complaint;

import dev.retain.app.complaint.internal.demo.DemoComplaints;
import org.springframework.stereotype.Service;

/** The demo's complaints and work orders in every state (for {@code retain demo}); safe to call on every start. */
@Service
public class ComplaintDemo {

    private final DemoComplaints demo;

    ComplaintDemo(DemoComplaints demo) {
        this.demo = demo;
    }

    /** What one seeding did. */
    public record Seeded(int complaints, int created, int sampled) {
    }

    public Seeded seed() {
        DemoComplaints.Seeded s = demo.seed();
        return new Seeded(s.complaints(), s.created(), s.sampled());
    }
}
