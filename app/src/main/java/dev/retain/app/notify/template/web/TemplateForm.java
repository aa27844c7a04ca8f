package dev.retain.app.notify.template.web;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.template.MessageTemplate;
import dev.retain.app.notify.template.TemplateDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The template editor's form, as the browser posts it (channels and variables as checked codes). */
public class TemplateForm {

    private String code;
    private String messageClass = "marketing";
    private List<String> channels = new ArrayList<>();
    private List<String> variables = new ArrayList<>();
    private String subjectZh;
    private String bodyZh;
    private String subjectEn;
    private String bodyEn;
    private int version;

    static TemplateForm of(MessageTemplate t) {
        TemplateForm f = new TemplateForm();
        f.code = t.code();
        f.messageClass = t.messageClass().name().toLowerCase(Locale.ROOT);
        f.channels = new ArrayList<>(t.channelCodes());
        f.variables = new ArrayList<>(t.variables());
        f.subjectZh = t.subjectZh();
        f.bodyZh = t.bodyZh();
        f.subjectEn = t.subjectEn();
        f.bodyEn = t.bodyEn();
        f.version = t.version();
        return f;
    }

    /** Unknown codes become nothing (a channel) or null (the class), which the check then names. */
    TemplateDraft draft() {
        MessageClass cls = switch (messageClass == null ? "" : messageClass) {
            case "service" -> MessageClass.SERVICE;
            case "marketing" -> MessageClass.MARKETING;
            default -> null;
        };
        List<Channel> chosen = new ArrayList<>();
        for (Channel c : Channel.values()) if (channels != null && channels.contains(c.code()) && c != Channel.CALL) chosen.add(c);
        return new TemplateDraft(code == null ? null : code.strip(), cls, chosen, variables, subjectZh, bodyZh, subjectEn, bodyEn);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getMessageClass() { return messageClass; }
    public void setMessageClass(String messageClass) { this.messageClass = messageClass; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> channels) { this.channels = channels == null ? new ArrayList<>() : channels; }
    public List<String> getVariables() { return variables; }
    public void setVariables(List<String> variables) { this.variables = variables == null ? new ArrayList<>() : variables; }
    public String getSubjectZh() { return subjectZh; }
    public void setSubjectZh(String subjectZh) { this.subjectZh = subjectZh; }
    public String getBodyZh() { return bodyZh; }
    public void setBodyZh(String bodyZh) { this.bodyZh = bodyZh; }
    public String getSubjectEn() { return subjectEn; }
    public void setSubjectEn(String subjectEn) { this.subjectEn = subjectEn; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
