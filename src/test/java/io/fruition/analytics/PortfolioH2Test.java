package io.fruition.analytics;

import io.fruition.support.FruitionSpringTest;

/** The portfolio figures on the embedded H2 database. */
@FruitionSpringTest
class PortfolioH2Test extends PortfolioScenarios {
}
