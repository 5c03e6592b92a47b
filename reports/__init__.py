"""Reports: the HTML report and the machine-readable exports of a scan."""
