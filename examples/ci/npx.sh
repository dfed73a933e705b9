# In your repository, Python or not (no package.json needed, nothing installed into it):
npx --yes --package=ssot-tracker@0.1.0 ssot init     # writes ssot.config.yaml: edit its paths
npx --yes --package=ssot-tracker@0.1.0 ssot analyze
npx --yes --package=ssot-tracker@0.1.0 ssot check --update-baseline   # commit .ssot/baseline.json
npx --yes --package=ssot-tracker@0.1.0 ssot report   # out/report.html, report.md, the diagrams
