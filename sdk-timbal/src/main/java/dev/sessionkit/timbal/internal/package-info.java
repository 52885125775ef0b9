/**
 * The implementations of the Timbal services over sdk-core's transport, and what they share (the
 * client's context, the success envelope, the requests' id check). Not exported: no part of the API.
 */
package dev.sessionkit.timbal.internal;
