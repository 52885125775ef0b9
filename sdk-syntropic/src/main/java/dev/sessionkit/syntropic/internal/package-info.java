/**
 * The implementations of the Syntropic137 services over sdk-core's transport, and how a request goes on
 * the wire. Not exported: no part of the API.
 */
package dev.sessionkit.syntropic.internal;
