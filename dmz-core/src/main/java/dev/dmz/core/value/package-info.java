/**
 * What every dmz value is built on: the one Immutables style ({@link dev.dmz.core.value.DmzStyle}),
 * the one exception for malformed values ({@link dev.dmz.core.value.InvalidValueException}), the
 * structural checks that throw it ({@link dev.dmz.core.value.Require}) and the shape of typed ids
 * ({@link dev.dmz.core.value.TypedId}).
 */
package dev.dmz.core.value;
