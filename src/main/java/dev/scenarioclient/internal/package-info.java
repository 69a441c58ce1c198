/**
 * Internal support code of the client: public only because the generated models and services in
 * other packages call it. <strong>Not API:</strong> anything here may change or disappear in any
 * release, without notice; do not use it.
 */
@NullMarked
package dev.scenarioclient.internal;

import org.jspecify.annotations.NullMarked;
