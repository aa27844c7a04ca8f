package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.CampaignCalls;
import dev.retain.app.campaign.offer.Offers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign call tasks seen from retention: one retention did not open (the member keeps no task id, and why, as for a
 * call the run refused), and what a task is about (the campaign's name and its offers, for the task page).
 */
@Component
class CampaignCallTasks implements CampaignCalls {

    /** {@code campaign-<id>-<token>}: the campaign is readable from its tasks' ids ({@link CampaignContacts#taskId}). */
    private static final Pattern TASK_ID = Pattern.compile("campaign-(\\d{1,18})-[0-9a-f]+");

    private final CampaignStore store;
    private final Offers offers;

    CampaignCallTasks(CampaignStore store, Offers offers) {
        this.store = store;
        this.offers = offers;
    }

    @Override
    @Transactional
    public void notOpened(String taskId, String reason) {
        store.callNotOpened(taskId, "call: " + reason);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> describe(String taskId, Locale locale) {
        Matcher m = TASK_ID.matcher(taskId == null ? "" : taskId);
        if (!m.matches()) return Optional.empty();
        Optional<CampaignView> campaign = store.campaign(Long.parseLong(m.group(1)));
        return campaign.map(c -> {
            String named = c.offerIds().stream().map(offers::find).flatMap(Optional::stream).map(o -> o.name(locale))
                    .filter(Objects::nonNull).collect(Collectors.joining("、"));
            return named.isEmpty() ? c.name() : c.name() + " · " + named;
        });
    }
}
