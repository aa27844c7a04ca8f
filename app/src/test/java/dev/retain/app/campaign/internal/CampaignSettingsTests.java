package dev.retain.app.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A value out of its range stops the start, naming the key (docs/settings.md). */
class CampaignSettingsTests {

    @Test
    void outOfRangeValuesNameTheirKey() {
        assertThat(new CampaignSettings(3, 10, 10, 10, 2, 12, 7, 3, "").familyMonths()).isEqualTo(2);
        assertThatThrownBy(() -> new CampaignSettings(0, 10, 10, 10, 2, 12, 7, 3, ""))
                .hasMessageContaining("retain.campaign.tariff-months");
        assertThatThrownBy(() -> new CampaignSettings(3, 101, 10, 10, 2, 12, 7, 3, ""))
                .hasMessageContaining("retain.campaign.cheaper-percent");
        assertThatThrownBy(() -> new CampaignSettings(3, 10, 10, 0, 2, 12, 7, 3, ""))
                .hasMessageContaining("retain.campaign.family-min-calls");
        assertThatThrownBy(() -> new CampaignSettings(3, 10, 10, 10, 13, 12, 7, 3, ""))
                .hasMessageContaining("retain.campaign.family-months");
        assertThatThrownBy(() -> new CampaignSettings(3, 10, 10, 10, 2, 12, 31, 3, ""))
                .hasMessageContaining("retain.campaign.link-days");
        assertThatThrownBy(() -> new CampaignSettings(3, 10, 10, 10, 2, 12, 7, 3, "retain.example.cn"))
                .hasMessageContaining("retain.campaign.public-base-url");
        assertThat(new CampaignSettings(3, 10, 10, 10, 2, 12, 7, 3, "https://retain.example.cn").publicBaseUrl())
                .isEqualTo("https://retain.example.cn");
    }
}
