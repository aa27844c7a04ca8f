package dev.retain.app.notify.sms.smpp;

import dev.retain.app.notify.sms.SmsInbound;
import dev.retain.app.notify.sms.SmsSettings;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.sms.UserDataHeader;
import dev.retain.engine.sms.UserDataHeader.Concat;
import java.util.Arrays;
import java.util.Optional;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Tag;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMSC delivers on our bind: delivery receipts and customers' messages (mobile
 * originated), handed to the outbox through {@link SmsInbound}. When the outbox cannot take one
 * now, the deliver_sm is answered with ESME_RX_T_APPN (a temporary error), and the SMSC delivers it
 * again later: nothing is acknowledged that was not kept.
 */
final class SmppReceiver implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(SmppReceiver.class);

    private final SmsInbound inbound;
    private final SmsSettings.Smpp settings;

    SmppReceiver(SmsInbound inbound, SmsSettings.Smpp settings) {
        this.inbound = inbound;
        this.settings = settings;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) receipt(deliverSm);
            else mobileOriginated(deliverSm);
        } catch (RuntimeException e) {
            log.warn("SMPP: could not hand a deliver_sm from {} to the outbox, the SMSC will deliver it again: {}",
                    PersonalData.maskMsisdn(deliverSm.getSourceAddr()), PersonalData.maskNumbersIn(String.valueOf(e.getMessage())));
            throw new ProcessRequestException("not taken now", SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void receipt(DeliverSm deliverSm) {
        Optional<SmppReceipt> receipt = SmppReceipt.from(deliverSm, settings);
        if (receipt.isEmpty()) {
            log.warn("SMPP: a delivery receipt without a message id was ignored");
            return;
        }
        SmppReceipt r = receipt.get();
        if (!r.isFinal()) {
            log.debug("SMPP: receipt for {}: {} (not final)", r.messageId(), r.state());
            return;
        }
        inbound.receipt(r.messageId(), r.delivered(), r.error());
    }

    private void mobileOriginated(DeliverSm deliverSm) throws ProcessRequestException {
        byte[] data = deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage();
        if (data.length == 0 && deliverSm.getOptionalParameter(Tag.MESSAGE_PAYLOAD) instanceof OptionalParameter.OctetString payload) {
            data = payload.getValue();
        }
        Concat concat = null;
        byte[] text = data;
        if (deliverSm.isUdhi()) {
            UserDataHeader.Parsed header;
            try {
                header = UserDataHeader.parse(data);
            } catch (IllegalArgumentException e) {
                // delivering it again would not mend it: refused for good
                log.warn("SMPP: a message from {} with a broken user data header was refused: {}",
                        PersonalData.maskMsisdn(deliverSm.getSourceAddr()), e.getMessage());
                throw new ProcessRequestException("broken user data header", SMPPConstant.STAT_ESME_RX_P_APPN);
            }
            concat = header.concat().orElse(null);
            text = Arrays.copyOfRange(data, header.textOffset(), data.length);
        } else if (deliverSm.getOptionalParameter(Tag.SAR_MSG_REF_NUM) instanceof OptionalParameter.Short ref
                && deliverSm.getOptionalParameter(Tag.SAR_TOTAL_SEGMENTS) instanceof OptionalParameter.Byte total
                && deliverSm.getOptionalParameter(Tag.SAR_SEGMENT_SEQNUM) instanceof OptionalParameter.Byte seq) {
            // the TLV way of SMPP 3.4 to carry a concatenated message (§5.3.2.22–24)
            concat = new Concat(ref.getValue() & 0xFFFF, total.getValue() & 0xFF, seq.getValue() & 0xFF);
        }
        inbound.message(deliverSm.getSourceAddr(), concat, deliverSm.getDataCoding() & 0xFF, text,
                whole -> SmppDataCoding.decode(whole.coding(), whole.payload()));
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // nothing waits for a phone to come back here: the SMSC retries its own deliveries
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not taken here", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
