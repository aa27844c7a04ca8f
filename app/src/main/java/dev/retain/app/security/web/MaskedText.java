package dev.retain.app.security.web;

import dev.retain.app.security.PersonalData;
import org.springframework.stereotype.Component;

/**
 * For templates that show a text the application did not write itself (an engine's error, a
 * database message): {@code ${@maskedText.of(run.error)}} masks any phone number in it (R14.3).
 */
@Component("maskedText")
public class MaskedText {

    public String of(String text) {
        return PersonalData.maskNumbersIn(text);
    }
}
