package dev.retain.app.notify.sms.cmpp;

import dev.retain.app.notify.channel.SendOutcome;
import java.time.Duration;

/** The meanings of CMPP's status and result codes (CMPP 3.0 §7.4.1.2, §7.4.3.2). */
final class CmppResults {

    private CmppResults() {
    }

    static String connectStatus(int status) {
        return switch (status) {
            case 0 -> "0 (正确 accepted)";
            case 1 -> "1 (消息结构错 malformed)";
            case 2 -> "2 (非法源地址 unknown Source_Addr)";
            case 3 -> "3 (认证错 authentication failed)";
            case 4 -> "4 (版本太高 version too high)";
            default -> status + " (其他错误 other error)";
        };
    }

    static String submitResult(int result) {
        return switch (result) {
            case 1 -> "1 (消息结构错 malformed)";
            case 2 -> "2 (命令字错 bad command)";
            case 3 -> "3 (消息序号重复 repeated sequence)";
            case 4 -> "4 (消息长度错 bad length)";
            case 5 -> "5 (资费代码错 bad fee code)";
            case 6 -> "6 (超过最大信息长 too long)";
            case 7 -> "7 (业务代码错 bad service id)";
            case 8 -> "8 (流量控制错 flow control)";
            case 9 -> "9 (本网关不负责服务此计费号码 not served here)";
            case 10 -> "10 (Src_Id错误 bad Src_Id)";
            case 11 -> "11 (Msg_src错误 bad Msg_src)";
            case 12 -> "12 (Fee_terminal_Id错误 bad fee terminal)";
            case 13 -> "13 (Dest_terminal_Id错误 bad destination)";
            default -> result + " (其他错误 other error)";
        };
    }

    /** Flow control (8) and a repeated sequence number (3, ours to fix by sending again) pass; the rest refuse the message. */
    static SendOutcome submitOutcome(int result) {
        String error = "CMPP_SUBMIT refused: result " + submitResult(result);
        return switch (result) {
            case 8 -> new SendOutcome.Retry(error, Duration.ofSeconds(1));
            case 3 -> new SendOutcome.Retry(error, Duration.ofSeconds(1));
            default -> new SendOutcome.Failed(error);
        };
    }

    static boolean passing(int result) {
        return result == 8;
    }
}
