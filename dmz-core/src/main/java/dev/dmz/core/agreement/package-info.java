/**
 * The walls: agreements every parent signs before the first engineer enters. {@link
 * dev.dmz.core.agreement.Wall} is what they share (a kind and signatures); the non-poaching agreement
 * lives here, the IP framework in {@code dev.dmz.core.ip}, the commercial model in {@code
 * dev.dmz.core.commercial}, and walls the rules do not interpret yet as {@link
 * dev.dmz.core.agreement.SignedTerms}.
 */
package dev.dmz.core.agreement;
