package io.cockpit.archfixture.capabilityfolders.adapters.http.handler;

/** Architecture fixture: the HTTP plumbing is not a capability. */
public class JsonReply {
}
