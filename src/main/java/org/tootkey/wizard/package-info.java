/**
 * The wizard's pages: one controller per group of steps, the form objects, the per-visitor
 * {@link org.tootkey.wizard.WizardSession}, and the permission presets in plain words.
 */
package org.tootkey.wizard;
