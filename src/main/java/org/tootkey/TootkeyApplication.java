package org.tootkey;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TootkeyApplication {

	public static void main(String[] args) {
		SpringApplication.run(TootkeyApplication.class, args);
	}

}
