/**
 * The entry points of the client: {@link dev.scenarioclient.ScenarioClient} (configuration and the
 * services), the services it returns, such as {@link dev.scenarioclient.ModelsService} (generated from
 * the OpenAPI document, one per tag), {@link dev.scenarioclient.ScenarioResponse} for status and
 * headers, and {@link dev.scenarioclient.ScenarioJson}, the JSON codec of the models.
 *
 * <p>The models live in {@code dev.scenarioclient.models}, the exceptions in
 * {@code dev.scenarioclient.errors}. Nothing here returns {@code null} unless it is marked
 * {@code @Nullable}.
 */
@NullMarked
package dev.scenarioclient;

import org.jspecify.annotations.NullMarked;
