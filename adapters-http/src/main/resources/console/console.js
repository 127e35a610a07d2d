// The console: everything it shows comes from the Management API, rendered as text.
document.getElementById('app').textContent = 'Inbound SCIM Server console';
