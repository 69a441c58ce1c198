/**
 * The exceptions of the client. All are unchecked and extend
 * {@link dev.scenarioclient.errors.ScenarioException}: catch it to handle any failure of a call, or
 * a subclass for a specific cause. {@link dev.scenarioclient.errors.ScenarioApiException} and its
 * per-status subclasses carry what the server answered; build them with
 * {@link dev.scenarioclient.errors.ScenarioApiException#builder()} in your own tests. Every other
 * exception has a public constructor for the same purpose.
 */
@NullMarked
package dev.scenarioclient.errors;

import org.jspecify.annotations.NullMarked;
