# Two commands a person needs: `make run` and `make test`. Everything else is a step of theirs.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
PORT ?= 8080

.PHONY: run test build deps deps-test web bench clean

deps:
	@bash scripts/install-deps.sh run

deps-test:
	@bash scripts/install-deps.sh test

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

# The web app is built with npm (packages from package-lock.json) and embedded into the binary.
web:
	@if [ -f web/package.json ]; then \
	  cd web && { [ node_modules/.installed -nt package-lock.json ] || \
	    { npm ci --no-audit --no-fund && touch node_modules/.installed; }; } && npm run build; \
	fi

build: deps web $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	mkdir -p var
	$(BUILD_DIR)/app/rapport serve --listen 127.0.0.1:$(PORT) --data-dir var

test: deps-test web $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: deps-test build
	bash bench/run.sh $(BUILD_DIR)
	$(BUILD_DIR)/bench/insights_bench

clean:
	rm -rf $(BUILD_DIR)
