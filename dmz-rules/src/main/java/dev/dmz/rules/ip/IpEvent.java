package dev.dmz.rules.ip;

import dev.dmz.rules.Event;

/**
 * An event of the IP framework; it changes the program's {@link IpState} or its charter's framework.
 */
public sealed interface IpEvent extends Event permits ForegroundIpRecorded, IpFrameworkAmended {}
