package io.fruition.api;

import io.fruition.support.FruitionSpringTest;

/** The JSON API on the embedded H2 database. */
@FruitionSpringTest
class IdeaApiH2Test extends IdeaApiScenarios {
}
