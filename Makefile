# `sam build` calls this target (template.yaml: BuildMethod: makefile). It deploys the same jar
# that `mvn package` makes and the CLI runs: target/precis.jar, on the Java runtime's lib/ path.
# BackfillFunction (S3 Batch Operations) runs the same jar with another handler.
.PHONY: build-SummarizerFunction build-BackfillFunction
build-SummarizerFunction build-BackfillFunction:
	mvn -q -B package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp target/precis.jar "$(ARTIFACTS_DIR)/lib/"
