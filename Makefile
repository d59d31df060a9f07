# `sam build` calls this target (template.yaml: BuildMethod: makefile). It deploys the same jar
# that `mvn package` makes and the CLI runs: target/precis.jar, on the Java runtime's lib/ path.
.PHONY: build-SummarizerFunction
build-SummarizerFunction:
	mvn -q -B package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/precis.jar "$(ARTIFACTS_DIR)/lib/"
