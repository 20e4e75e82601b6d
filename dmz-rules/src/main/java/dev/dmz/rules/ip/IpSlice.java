package dev.dmz.rules.ip;

import dev.dmz.rules.Command;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.Slice;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.ip.IpEvent.ForegroundIpRecorded;
import dev.dmz.rules.ip.IpEvent.IpFrameworkAmended;
import java.util.List;

/**
 * The IP framework: the charter's framework ({@code DMZ-IP-FRAMEWORK}), foreground IP records ({@code
 * DMZ-IP-ATTRIBUTION}) and amendments of the framework before anyone enters ({@code DMZ-IP-FROZEN}).
 * Who may use what is the query {@link IpUsage} ({@code DMZ-IP-USAGE}). Its events change the {@link
 * IpState}, and an amendment the charter's framework.
 */
public final class IpSlice extends Slice {
  /** The wall. */
  public static final Slice SLICE = new IpSlice();

  private IpSlice() {
    super(IpCommand.class, IpEvent.class, List.of(IpFrameworkRule.RULE),
        List.of(IpAttributionRule.RULE, IpFrozenRule.RULE));
  }

  @Override
  public List<Event> effects(ProgramState state, Command command) {
    if (command instanceof RecordForegroundIp c) {
      return List.of(ForegroundIpRecorded.of(c.asset(), c.date()));
    }
    if (command instanceof AmendIpFramework c) {
      return List.of(IpFrameworkAmended.of(c.framework(), c.date()));
    }
    throw new IllegalArgumentException("not an IP command: " + command);
  }

  @Override
  public ProgramState evolve(ProgramState state, Event event) {
    if (event instanceof ForegroundIpRecorded e) {
      ImmutableIpState ip = (ImmutableIpState) state.ip();
      return state.withIp(ip.withForegroundIp(ip.foregroundIp().put(e.asset().id(), e.asset())));
    }
    if (event instanceof IpFrameworkAmended e) {
      return state.withCharter(state.charter().withWall(e.framework()));
    }
    throw new IllegalArgumentException("not an IP event: " + event);
  }
}
