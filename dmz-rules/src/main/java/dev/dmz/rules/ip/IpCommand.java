package dev.dmz.rules.ip;

import dev.dmz.rules.Command;

/**
 * A command of the IP framework: foreground IP records and amendments of the framework before anyone
 * enters. {@link IpSlice} decides them and applies their events.
 */
public sealed interface IpCommand extends Command permits RecordForegroundIp, AmendIpFramework {}
