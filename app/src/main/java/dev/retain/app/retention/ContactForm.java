package dev.retain.app.retention;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One contact with a customer as a manager records it (SPEC R4.4): the web form and the
 * JSON of the REST API. With a {@code taskId} it handles that task: a follow-up date keeps
 * the task open until then, no follow-up date closes it. A mutable bean rather than a
 * record so that Thymeleaf's {@code th:field} can bind it back after a validation error.
 */
@ConsistentContact
public class ContactForm {

    /**
     * Only for {@code POST /api/v1/contacts}, one of the two: the customer's key, or a number the
     * caller knows (a hotline call); the web form and the task outcome take the customer from the URL.
     */
    private String customerKey;
    private String msisdn;
    private String taskId;

    @NotBlank(message = "{retention.contact.error.channel}")
    @Pattern(regexp = ContactCodes.CHANNEL_PATTERN, message = "{retention.contact.error.channel}")
    private String channel;

    @NotBlank(message = "{retention.contact.error.outcome}")
    @Pattern(regexp = ContactCodes.OUTCOME_PATTERN, message = "{retention.contact.error.outcome}")
    private String outcome;

    @Pattern(regexp = "|" + ContactCodes.DECLINE_PATTERN, message = "{retention.contact.error.declineReason}")
    private String declineReason;

    @Size(max = 200, message = "{retention.contact.error.offer.size}")
    private String offer;

    @Size(max = 2000, message = "{retention.contact.error.notes.size}")
    private String notes;

    @FutureOrPresent(message = "{retention.contact.error.followUp.past}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpDate;

    public String getCustomerKey() {
        return customerKey;
    }

    public void setCustomerKey(String customerKey) {
        this.customerKey = customerKey;
    }

    public String getMsisdn() {
        return msisdn;
    }

    public void setMsisdn(String msisdn) {
        this.msisdn = msisdn;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = blankToNull(taskId);
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = blankToNull(declineReason);
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = blankToNull(offer);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = blankToNull(notes);
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
