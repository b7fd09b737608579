package io.fruition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import io.fruition.support.KaribuTest;
import io.fruition.task.ui.InboxView;

/** The bell's list closes when a page opens, instead of covering the task it opened. */
class NotificationBellTest extends KaribuTest {

    @Test
    void the_list_closes_when_another_page_opens() {
        login("nora");
        UI.getCurrent().navigate(DashboardView.class);
        NotificationBell bell = _get(NotificationBell.class);
        bell.popover.open();
        assertThat(bell.popover.isOpened()).isTrue();

        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(NotificationBell.class).popover.isOpened()).isFalse();
    }
}
