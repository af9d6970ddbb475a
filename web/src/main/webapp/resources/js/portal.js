/* The portal's small behaviours: a panel revealed by a button of the action bar (改判, 退回110),
   with the focus moved to its first field. */
window.linkage = window.linkage || {};
window.linkage.reveal = function (panelId, focusId, button) {
    var panel = document.getElementById(panelId);
    if (!panel) {
        return;
    }
    panel.classList.add('open');
    if (button) {
        button.setAttribute('aria-expanded', 'true');
    }
    var field = focusId ? document.getElementById(focusId) : null;
    if (field) {
        panel.scrollIntoView({block: 'start'});
        field.focus();
    }
};
