package dev.retain.app.retention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A needs or preference note (SPEC R1.5) as typed on the 360 view. */
public class NoteForm {

    @Size(max = 200, message = "{retention.note.error.tags}")
    private String tags;

    @NotBlank(message = "{retention.note.error.note}")
    @Size(max = 2000, message = "{retention.note.error.size}")
    private String note;

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
