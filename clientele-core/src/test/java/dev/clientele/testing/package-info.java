/**
 * Test helpers shared through the core test-jar: {@link dev.clientele.testing.Seeds} turns a fixed list of
 * seeds into property-test cases for plain JUnit 5 parameterized tests.
 */
package dev.clientele.testing;
