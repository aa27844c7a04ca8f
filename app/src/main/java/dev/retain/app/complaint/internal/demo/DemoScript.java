package dev.retain.app.complaint.internal.demo;

import java.util.List;

/**
 * What the demo shows, one line per complaint: who (a VIP or not, or the area's customers), the
 * problem, where it came from, how many days ago, and how far it has come. Together every state of
 * the complaint (intake, filtered, handling, callback, closed) and of its work order (assigned, in
 * progress, waiting on the customer, transferred, resolved, closed with each callback outcome); closed
 * ones spread over half a year with better scores in the last three months (003's before/after).
 */
final class DemoScript {

    private DemoScript() {
    }

    /** How far a demo complaint goes. */
    enum Target { INTAKE, FILTERED, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER, TRANSFERRED, RESOLVED, CLOSED }

    /** {@code customer}: index into the VIP list when {@code vip}, else into the others; closing outcome and score for CLOSED. */
    record Line(String key, boolean vip, int customer, String category, String channel, int daysAgo, Target target,
                String callbackOutcome, Integer satisfaction, String description) {
    }

    static final List<Line> LINES = List.of(
            new Line("01", false, 0, "network", "hotline", 0, Target.INTAKE, null, null, "家中信号差，经常掉线"),
            new Line("02", true, 0, "billing", "online_hall", 0, Target.INTAKE, null, null, "本月话费比平时多出很多，要求核查"),
            new Line("03", false, 1, "service", "staff", 1, Target.INTAKE, null, null, "营业厅办理业务等候时间过长"),
            new Line("04", false, 2, "billing", "hall", 1, Target.FILTERED, null, null, "被扣了不认识的费用，要求退费"),
            new Line("05", true, 1, "network", "hotline", 2, Target.FILTERED, null, null, "小区附近没有信号，电话打不出去"),
            new Line("06", false, 3, "network", "hotline", 2, Target.ASSIGNED, null, null, "4G/5G网络时断时续，上网很慢"),
            new Line("07", true, 2, "package", "customer_manager", 3, Target.IN_PROGRESS, null, null, "改套餐后费用反而上涨"),
            new Line("08", false, 4, "network", "quality", 3, Target.WAITING_CUSTOMER, null, null, "室内信号弱，需上门测试"),
            new Line("09", false, 5, "billing", "hotline", 4, Target.TRANSFERRED, null, null, "套餐外流量费太高，质疑计费"),
            new Line("10", true, 3, "service", "hall", 4, Target.RESOLVED, null, null, "客服电话一直打不通"),
            new Line("11", false, 6, "network", "phone_manager", 5, Target.RESOLVED, null, null, "家中信号差，经常掉线"),
            // the repeat: customer 7 complained about the network 20 days ago (closed) and again now
            new Line("12", false, 7, "network", "hotline", 20, Target.CLOSED, "satisfied", 4, "家中信号差，经常掉线"),
            new Line("13", false, 7, "network", "hotline", 3, Target.ASSIGNED, null, null, "信号问题又出现了，要求彻底解决"),
            // closed over half a year: before (90+ days ago) lower scores, after higher
            new Line("14", true, 4, "network", "hotline", 170, Target.CLOSED, "unsatisfied", 2, "小区附近没有信号，电话打不出去"),
            new Line("15", false, 8, "billing", "hall", 160, Target.CLOSED, "satisfied", 4, "被扣了不认识的费用，要求退费"),
            new Line("16", false, 9, "network", "hotline", 150, Target.CLOSED, "unsatisfied", 1, "4G/5G网络时断时续，上网很慢"),
            new Line("17", true, 5, "service", "online_hall", 130, Target.CLOSED, "satisfied", 5, "工作人员态度差，问题没有解决"),
            new Line("18", false, 10, "package", "hotline", 120, Target.CLOSED, "unreachable", null, "合约到期后资费变化未提前告知"),
            new Line("19", false, 11, "network", "hotline", 100, Target.CLOSED, "unsatisfied", 3, "家中信号差，经常掉线"),
            new Line("20", true, 6, "billing", "hotline", 80, Target.CLOSED, "satisfied", 5, "本月话费比平时多出很多，要求核查"),
            new Line("21", false, 12, "network", "hall", 60, Target.CLOSED, "satisfied", 4, "小区附近没有信号，电话打不出去"),
            new Line("22", true, 7, "network", "hotline", 45, Target.CLOSED, "satisfied", 4, "室内信号弱"),
            new Line("23", false, 13, "service", "hotline", 30, Target.CLOSED, "unsatisfied", 2, "客服电话一直打不通"),
            new Line("24", false, 14, "value_added", "online_hall", 15, Target.CLOSED, "satisfied", 5, "未经同意开通了增值业务"),
            new Line("25", true, 0, "network", "hotline", 10, Target.CLOSED, "unreachable", null, "家中信号差，经常掉线"),
            // repeat complainants with a score: the same customer and problem within the repeat window, before and after
            new Line("26", false, 9, "network", "hotline", 140, Target.CLOSED, "unsatisfied", 2, "信号还是很差，上次没有解决"),
            new Line("27", false, 12, "network", "hotline", 50, Target.CLOSED, "satisfied", 4, "信号又变差了，请再处理"));

    /** The network alarm's complaints: customers of the first one's branch, category network, received after the alarm. */
    static final int AREA_COMPLAINTS = 3;
}
