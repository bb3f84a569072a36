// TypeScript declarations of the diagnostics every call reports.
// Generated from the C++ types (sdk/include/storydata/diagnostic.hpp); do not edit: run scripts/generate.sh.

/**
 * A problem found in a document.
 */
export interface Diagnostic {
  /**
   * How serious it is.
   */
  severity: Severity;
  /**
   * Stable code, such as "SD011"; see docs/diagnostics.md.
   */
  code: string;
  /**
   * RFC 6901 JSON Pointer to the value concerned ("/events/2/kind").
   */
  pointer: string;
  /**
   * Line in the source text, from 1; 0 when unknown.
   */
  line: number;
  /**
   * Column in Unicode code points, from 1; 0 when unknown.
   */
  column: number;
  /**
   * What is wrong.
   */
  message: string;
  /**
   * How to fix it; empty when there is no likely fix.
   */
  hint: string;
}

/**
 * How serious a diagnostic is.
 * - `error`: The document is invalid.
 * - `warning`: Probably a mistake; fails validation in strict mode.
 * - `info`: Worth knowing; never fails validation.
 */
export type Severity =
  | 'error'
  | 'warning'
  | 'info';

