package dev.dmz.core.charter;

/** An authority a parent grants the program lead in its mandate. A full mandate grants all four. */
public enum Authority {
  /** Admit named engineers from the candidate pool, fill or close vacancies. */
  STAFFING,
  /** Settle disputes and decide escalated matters under the norms. */
  NORMS,
  /** Draw on the risk-sharing pool for unbudgeted surprises. */
  RISK_POOL,
  /** Accept milestones, which releases milestone payments. */
  MILESTONES
}
