/**
 * The commercial wall: an outcome-aligned model of milestone payments and named premium rates, the
 * re-baselining thresholds, and the risk-sharing pool. Money is exact ({@link org.joda.money.Money})
 * and in one currency per model.
 */
package dev.dmz.core.commercial;
