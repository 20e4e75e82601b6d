/**
 * What every dmz value is built on: the one Immutables style ({@link dev.dmz.core.value.DmzStyle}),
 * the one exception for malformed values ({@link dev.dmz.core.value.InvalidValueException}), the
 * structural checks that throw it ({@link dev.dmz.core.value.Require}), the shape of typed ids
 * ({@link dev.dmz.core.value.TypedId}), and how text reaches a person: which characters a value may
 * not hold and how a message shows a value, escaped and cut ({@link dev.dmz.core.value.Text}).
 */
package dev.dmz.core.value;
