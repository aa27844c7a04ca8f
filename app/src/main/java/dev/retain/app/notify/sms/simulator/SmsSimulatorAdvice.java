package dev.retain.app.notify.sms.simulator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the SMS simulator runs, for the navigation bar's link to its page. */
@ControllerAdvice
class SmsSimulatorAdvice {

    private final ObjectProvider<SmscSimulator> simulator;

    SmsSimulatorAdvice(ObjectProvider<SmscSimulator> simulator) {
        this.simulator = simulator;
    }

    @ModelAttribute("smsSimulator")
    boolean smsSimulator() {
        return simulator.getIfAvailable() != null;
    }
}
