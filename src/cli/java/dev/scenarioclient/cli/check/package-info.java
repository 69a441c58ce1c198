/**
 * {@code scenario check}: validates one response body against the contract and reports every
 * departure by JSON path, grouped by schema component, with the YAML that would absorb new fields
 * and enumeration values. {@link dev.scenarioclient.cli.check.DriftCheck} runs a check,
 * {@link dev.scenarioclient.cli.check.DriftReport} holds its result, and
 * {@link dev.scenarioclient.cli.check.ReportFormat} renders it. Not part of the library jar.
 */
@NullMarked
package dev.scenarioclient.cli.check;

import org.jspecify.annotations.NullMarked;
