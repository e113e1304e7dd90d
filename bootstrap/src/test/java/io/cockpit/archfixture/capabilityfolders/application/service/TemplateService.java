package io.cockpit.archfixture.capabilityfolders.application.service;

/** Architecture fixture. The planted violation: a service directly in application.service. */
public class TemplateService {
}
