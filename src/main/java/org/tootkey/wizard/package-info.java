/**
 * The wizard's pages: one controller per group of steps, the form objects, the
 * per-visitor {@link org.tootkey.wizard.WizardSession}, the step order
 * ({@link org.tootkey.wizard.RequiresStep} on a controller or handler, enforced by the
 * {@link org.tootkey.wizard.Steps} interceptor), the scope rules
 * ({@link org.tootkey.wizard.Scopes}) and the permission presets in plain words. Page
 * paths are written here and in {@code credentials} only.
 */
package org.tootkey.wizard;
