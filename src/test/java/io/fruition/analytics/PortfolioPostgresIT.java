package io.fruition.analytics;

import io.fruition.support.FruitionPostgresTest;

/** The portfolio figures on a real PostgreSQL 17. */
@FruitionPostgresTest
class PortfolioPostgresIT extends PortfolioScenarios {
}
