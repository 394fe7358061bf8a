"""Key vault, users and roles, the audit chain and the unlock throttle."""
