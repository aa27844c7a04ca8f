package dev.retain.app;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logins for MockMvc tests, loaded through the real user store. The fixed users: admin,
 * supervisor, analyst, and two managers of each role (their manager ids are the usernames
 * in upper case, e.g. PM-T1), so tests can check that one manager cannot see another's customers.
 */
@TestComponent
public class TestLogins {

    public static final String ADMIN = "t-admin";
    public static final String SUPERVISOR = "t-supervisor";
    public static final String ANALYST = "t-analyst";
    public static final String HANDLER = "t-handler";
    public static final String PHONE = "pm-t1";
    public static final String OTHER_PHONE = "pm-t2";
    public static final String CUSTOMER_MANAGER = "cm-t1";
    public static final String OTHER_CUSTOMER_MANAGER = "cm-t2";
    public static final String PASSWORD = "test-password";

    private final UserDetailsService details;

    TestLogins(Users users, UserDetailsService details) {
        this.details = details;
        users.createOrReplace(ADMIN, PASSWORD, "测试管理员", Role.ADMIN, null);
        users.createOrReplace(SUPERVISOR, PASSWORD, "测试主管", Role.SUPERVISOR, null);
        users.createOrReplace(ANALYST, PASSWORD, "测试分析员", Role.ANALYST, null);
        users.createOrReplace(HANDLER, PASSWORD, "测试投诉处理员", Role.COMPLAINT_HANDLER, null);
        users.createOrReplace(PHONE, PASSWORD, "测试电话经理一", Role.PHONE_MANAGER, PHONE.toUpperCase());
        users.createOrReplace(OTHER_PHONE, PASSWORD, "测试电话经理二", Role.PHONE_MANAGER, OTHER_PHONE.toUpperCase());
        users.createOrReplace(CUSTOMER_MANAGER, PASSWORD, "测试客户经理一", Role.CUSTOMER_MANAGER, CUSTOMER_MANAGER.toUpperCase());
        users.createOrReplace(OTHER_CUSTOMER_MANAGER, PASSWORD, "测试客户经理二", Role.CUSTOMER_MANAGER,
                OTHER_CUSTOMER_MANAGER.toUpperCase());
    }

    /** A MockMvc request made as this user. */
    public RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
