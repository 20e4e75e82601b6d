/**
 * The IP wall: background IP each parent brings in (with carve-outs), foreground IP the program
 * produces (with its named contributors), the foreground-ownership rule and the post-program licence.
 */
package dev.dmz.core.ip;
