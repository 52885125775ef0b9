package dev.sessionkit.core.usage;

/** The platforms SessionKit reads. */
public enum Vendor {
  /** Timbal (api.timbal.ai). */
  TIMBAL,
  /** Syntropic137 (self-hosted). */
  SYNTROPIC,
  /** AgentScope's Agent Service (self-hosted). */
  AGENTSCOPE
}
