package dev.retain.app.notify.inapp.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.inapp.StaffNotifications;
import dev.retain.app.notify.inapp.StaffNotifications.Notification;
import dev.retain.app.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each login's own notifications: the bell in the header (htmx asks for it when a page loads and
 * every minute after), the list, and marking them read. Nobody sees or marks another's.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST', 'COMPLAINT_HANDLER')")
class NotificationsController {

    static final int PAGE = 50;

    private final StaffNotifications notifications;
    private final CurrentUser currentUser;

    NotificationsController(StaffNotifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount(currentUser.get().username()));
        return "notify/bell :: bell";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        String me = currentUser.get().username();
        List<Notification> rows = notifications.of(me, p * PAGE, PAGE + 1);
        model.addAttribute("rows", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE);
        model.addAttribute("page", p);
        model.addAttribute("unread", notifications.unreadCount(me));
        return "notify/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        if (!notifications.markRead(currentUser.get().username(), id)) throw new NotFoundException("notification");
        return "redirect:/notifications?page=" + Math.max(0, page);
    }

    @PostMapping("/notifications/read-all")
    String markAllRead() {
        notifications.markAllRead(currentUser.get().username());
        return "redirect:/notifications";
    }
}
